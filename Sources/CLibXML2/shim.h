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
#include <string.h>

// xmlFree is a global function pointer, which Swift 6 sees as shared mutable state.
static inline void fc_xml_free(void *pointer) { xmlFree(pointer); }

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
  htmlParseDocument(ctxt);
  if (ctxt->myDoc != NULL) {
    xmlFreeDoc(ctxt->myDoc);
    ctxt->myDoc = NULL;
  }
  xmlFreeParserCtxt(ctxt);
  return 0;
}

#endif
