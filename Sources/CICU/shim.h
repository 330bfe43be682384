// A minimal view of the system's libicu.
//
// Foundation on Linux carries its own copy of ICU, and a module that includes the full ICU
// headers clashes with it ("'UErrorCode' has different definitions in different modules"). So
// this shim includes only <unicode/uvernum.h>, for the version suffix, and declares plain-C
// prototypes under names of our own, each bound by an asm label to the versioned symbol that
// libicu exports (ubrk_open_72 and so on). Types are opaque or plain integers.
#ifndef FACTCHECK_CICU_SHIM_H
#define FACTCHECK_CICU_SHIM_H

#include <stdint.h>
#include <unicode/uvernum.h>

#define FC_ICU_STR2(x) #x
#define FC_ICU_STR(x) FC_ICU_STR2(x)
#define FC_ICU(name) __asm__(FC_ICU_STR(U_ICU_ENTRY_POINT_RENAME(name)))

typedef int32_t FCUErrorCode;          // UErrorCode; <= 0 is success
typedef uint16_t FCUChar;              // UChar (UTF-16 code unit)
typedef struct FCUText FCUText;        // UText, opaque
typedef struct FCUBreakIterator FCUBreakIterator;
typedef struct FCUNumberFormat FCUNumberFormat;

enum {
  FCUBRK_CHARACTER = 0,
  FCUBRK_WORD = 1,
  FCUBRK_LINE = 2,
  FCUBRK_SENTENCE = 3,
  FCUBRK_DONE = -1,
  FCUNUM_DECIMAL = 1,
};

FCUText *fc_utext_openUTF8(FCUText *ut, const char *s, int64_t length, FCUErrorCode *status)
    FC_ICU(utext_openUTF8);
FCUText *fc_utext_close(FCUText *ut) FC_ICU(utext_close);

FCUBreakIterator *fc_ubrk_open(int32_t type, const char *locale, const FCUChar *text,
                               int32_t textLength, FCUErrorCode *status) FC_ICU(ubrk_open);
FCUBreakIterator *fc_ubrk_clone(const FCUBreakIterator *bi, FCUErrorCode *status)
    FC_ICU(ubrk_clone);
void fc_ubrk_setUText(FCUBreakIterator *bi, FCUText *text, FCUErrorCode *status)
    FC_ICU(ubrk_setUText);
void fc_ubrk_setText(FCUBreakIterator *bi, const FCUChar *text, int32_t textLength,
                     FCUErrorCode *status) FC_ICU(ubrk_setText);
int32_t fc_ubrk_first(FCUBreakIterator *bi) FC_ICU(ubrk_first);
int32_t fc_ubrk_next(FCUBreakIterator *bi) FC_ICU(ubrk_next);
int32_t fc_ubrk_following(FCUBreakIterator *bi, int32_t offset) FC_ICU(ubrk_following);
int32_t fc_ubrk_getRuleStatus(FCUBreakIterator *bi) FC_ICU(ubrk_getRuleStatus);
void fc_ubrk_close(FCUBreakIterator *bi) FC_ICU(ubrk_close);

FCUNumberFormat *fc_unum_open(int32_t style, const FCUChar *pattern, int32_t patternLength,
                              const char *locale, void *parseError, FCUErrorCode *status)
    FC_ICU(unum_open);
double fc_unum_parseDouble(const FCUNumberFormat *fmt, const FCUChar *text, int32_t textLength,
                           int32_t *parsePos, FCUErrorCode *status) FC_ICU(unum_parseDouble);
void fc_unum_close(FCUNumberFormat *fmt) FC_ICU(unum_close);

const char *fc_u_errorName(FCUErrorCode code) FC_ICU(u_errorName);
void fc_u_getVersion(uint8_t *versionArray) FC_ICU(u_getVersion);

#endif
