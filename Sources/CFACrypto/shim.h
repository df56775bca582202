#ifndef CFA_CRYPTO_SHIM_H
#define CFA_CRYPTO_SHIM_H
// OpenSSL's libcrypto (Debian libssl-dev): only the EVP message-digest API is used.
#include <openssl/evp.h>
#endif
