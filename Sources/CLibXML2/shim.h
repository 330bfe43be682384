// The system's libxml2 HTML parser, seen beside Foundation.
//
// Debian builds libxml2 with ICU, so <libxml/encoding.h> includes <unicode/ucnv.h>, and ICU's
// types then clash with the copy of ICU inside Foundation ("'UErrorCode' has different
// definitions in different modules"). The ICU part of libxml2's headers only adds converter
// fields to the encoding-handler struct, which factcheck never touches: include the version
// header first, drop the ICU switch, then the parser. Do not allocate or read
// xmlCharEncodingHandler through this module (its layout here lacks the ICU fields); passing a
// pointer to one along, as fc_html_sax_read does, is fine.
#ifndef FACTCHECK_CLIBXML2_SHIM_H
#define FACTCHECK_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <pthread.h>
#include <string.h>

// xmlFree is a global function pointer, which Swift 6 sees as shared mutable state.
static inline void fc_xml_free(void *pointer) { xmlFree(pointer); }

// The setup both readers share once the page is the context's input: htmlReadMemory's
// (htmlDoRead's) steps, with `sax` and `user` in place of the tree builder.
static inline void fc_html_prepare(xmlParserCtxtPtr ctxt, const char *encoding, int options,
                                   const xmlSAXHandlerV1 *sax, void *user) {
  if (ctxt->sax != NULL) memcpy(ctxt->sax, sax, sizeof(xmlSAXHandlerV1));
  ctxt->userData = user;
  htmlCtxtUseOptions(ctxt, options);
  ctxt->html = 1;
  if (encoding != NULL) {
    xmlCharEncodingHandlerPtr handler = xmlFindCharEncodingHandler(encoding);
    if (handler != NULL) {
      xmlSwitchToEncoding(ctxt, handler);
      if (ctxt->input->encoding != NULL) xmlFree((xmlChar *)ctxt->input->encoding);
      ctxt->input->encoding = xmlStrdup((const xmlChar *)encoding);
    }
  }
}

// Parses `size` bytes of HTML exactly as htmlReadMemory(buffer, size, NULL, encoding, options)
// does, but reports to `sax` (with `user` as its context) instead of building a tree: the same
// context, the same options and the same switch to `encoding`, step for step (libxml2 2.9's
// htmlReadMemory and its static htmlDoRead). Any document a handler makes anyway is freed.
// Returns -1 where htmlReadMemory returns NULL before parsing (no bytes), else 0.
static inline int fc_html_sax_read(const char *buffer, int size, const char *encoding,
                                   int options, const xmlSAXHandlerV1 *sax, void *user) {
  xmlInitParser();
  xmlParserCtxtPtr ctxt = xmlCreateMemoryParserCtxt(buffer, size);
  if (ctxt == NULL) return -1;
  fc_html_prepare(ctxt, encoding, options, sax, user);
  htmlParseDocument(ctxt);
  if (ctxt->myDoc != NULL) {
    xmlFreeDoc(ctxt->myDoc);
    ctxt->myDoc = NULL;
  }
  xmlFreeParserCtxt(ctxt);
  return 0;
}

// One parser context per thread, kept between pages: making a context (its dictionary, stacks
// and SAX handler) and freeing it again for every page cost more than reading a short page's
// markup. The key's destructor frees a thread's context when the thread ends. (The key lives in
// functions: Swift emits the functions of this header that it calls, but not its variables.)
static inline void fc_html_context_free(void *ctxt) { xmlFreeParserCtxt((xmlParserCtxtPtr)ctxt); }

static inline pthread_key_t *fc_html_context_key(void) {
  static pthread_key_t key;
  return &key;
}

static inline int *fc_html_context_key_made(void) {
  static int made;
  return &made;
}

static inline void fc_html_context_make_key(void) {
  *fc_html_context_key_made() = pthread_key_create(fc_html_context_key(), fc_html_context_free) == 0;
}

// Whether the calling thread can keep a context (the key is made once, by the first caller).
static inline int fc_html_context_key_ready(void) {
  static pthread_once_t once = PTHREAD_ONCE_INIT;
  pthread_once(&once, fc_html_context_make_key);
  return *fc_html_context_key_made();
}

// Pages above this size are read in a context of their own (fc_html_sax_read). Below it, the
// names a page adds to the kept dictionary (at most about its size: libxml2 keeps each element,
// attribute and entity name once) can never bring the dictionary near libxml2's 10 MB limit,
// in a kept context or a new one, so no page reads differently for the context it gets.
#define FC_HTML_REUSE_MAX_PAGE (1 << 20)
// A kept context whose dictionary holds more than this many bytes, or whose stacks of open
// elements or attributes grew beyond this many entries, is freed and made anew: odd pages
// (thousands of names, elements nested thousands deep) leave no large context behind them.
#define FC_HTML_REUSE_MAX_DICT (1 << 18)
#define FC_HTML_REUSE_MAX_STACK 4096

// Parses as fc_html_sax_read does, in the calling thread's kept context. htmlCtxtReset (what
// htmlCtxtReadMemory does first) clears what a parse leaves in the context; the page's input is
// then made as xmlCreateMemoryParserCtxt makes it, and the rest is fc_html_sax_read's. Two
// further differences, neither visible in the parse:
// - The dictionary keeps names from earlier pages (a name is looked up either way; see the
//   limits above).
// - Once the page is converted to the parser's buffer (all of it: HTML converts the whole input
//   at once), the input loses its read callback. A page in memory has nothing more to read, but
//   with the callback libxml2 tried again, growing its buffer, at every check for more input
//   within 250 bytes of the end (a few dozen times a page); without one it returns at once.
// Not re-entrant: `sax`'s handlers must not read another page on the same thread (they would
// reset the context under the page being read).
static inline int fc_html_sax_read_reusing(const char *buffer, int size, const char *encoding,
                                           int options, const xmlSAXHandlerV1 *sax, void *user) {
  if (buffer == NULL || size <= 0) return -1;  // as xmlCreateMemoryParserCtxt
  if (size > FC_HTML_REUSE_MAX_PAGE) return fc_html_sax_read(buffer, size, encoding, options, sax, user);
  xmlInitParser();
  if (!fc_html_context_key_ready()) return fc_html_sax_read(buffer, size, encoding, options, sax, user);
  pthread_key_t key = *fc_html_context_key();
  xmlParserCtxtPtr ctxt = (xmlParserCtxtPtr)pthread_getspecific(key);
  if (ctxt != NULL && (xmlDictGetUsage(ctxt->dict) > FC_HTML_REUSE_MAX_DICT
                       || ctxt->nameMax > FC_HTML_REUSE_MAX_STACK || ctxt->nodeMax > FC_HTML_REUSE_MAX_STACK
                       || ctxt->maxatts > FC_HTML_REUSE_MAX_STACK)) {
    pthread_setspecific(key, NULL);
    xmlFreeParserCtxt(ctxt);
    ctxt = NULL;
  }
  if (ctxt == NULL) {
    ctxt = xmlNewParserCtxt();
    if (ctxt == NULL) return -1;
    if (pthread_setspecific(key, ctxt) != 0) {
      xmlFreeParserCtxt(ctxt);
      return fc_html_sax_read(buffer, size, encoding, options, sax, user);
    }
  }
  htmlCtxtReset(ctxt);
  xmlParserInputBufferPtr input = xmlParserInputBufferCreateMem(buffer, size, XML_CHAR_ENCODING_NONE);
  if (input == NULL) return -1;
  xmlParserInputPtr stream = xmlNewIOInputStream(ctxt, input, XML_CHAR_ENCODING_NONE);
  if (stream == NULL) {
    xmlFreeParserInputBuffer(input);
    return -1;
  }
  inputPush(ctxt, stream);
  fc_html_prepare(ctxt, encoding, options, sax, user);
  if (ctxt->input->buf != NULL && ctxt->input->buf->raw != NULL && xmlBufUse(ctxt->input->buf->raw) == 0)
    ctxt->input->buf->readcallback = NULL;
  htmlParseDocument(ctxt);
  if (ctxt->myDoc != NULL) {
    xmlFreeDoc(ctxt->myDoc);
    ctxt->myDoc = NULL;
  }
  // The page's input (a copy of it) goes now, not at the next page.
  xmlParserInputPtr done;
  while ((done = inputPop(ctxt)) != NULL) xmlFreeInputStream(done);
  ctxt->userData = ctxt;
  return 0;
}

#endif
