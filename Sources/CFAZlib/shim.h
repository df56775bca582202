#ifndef CFA_ZLIB_SHIM_H
#define CFA_ZLIB_SHIM_H
#include <zlib.h>
#endif
