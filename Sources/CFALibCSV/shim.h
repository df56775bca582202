#ifndef CFA_LIBCSV_SHIM_H
#define CFA_LIBCSV_SHIM_H
#include <stddef.h>
#include <csv.h>
#endif
