#ifndef CFA_SQLITE_SHIM_H
#define CFA_SQLITE_SHIM_H
#include <sqlite3.h>
#endif
