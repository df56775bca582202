#ifndef CFA_QPDF_SHIM_H
#define CFA_QPDF_SHIM_H

// libqpdf is written in C++; its C API (qpdf-c.h) is plain C and is all we use. The shared
// library pulls in libstdc++ by itself, so linking "qpdf" is enough.
#include <qpdf/qpdf-c.h>

#endif
