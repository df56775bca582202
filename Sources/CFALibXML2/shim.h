#ifndef CFA_LIBXML2_SHIM_H
#define CFA_LIBXML2_SHIM_H

// Debian's libxml2 headers pull in the system ICU, whose enums clash with the ICU that Foundation
// ships. We never look inside libxml2's encoding-handler struct (the only layout that depends on
// LIBXML_ICU_ENABLED), so the macro can be dropped before the other headers are read.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlerror.h>
#include <libxml/tree.h>

#endif
