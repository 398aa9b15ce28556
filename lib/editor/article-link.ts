import { Link } from "@tiptap/extension-link";
import { ARTICLE_LINK_REL, safeLinkHref } from "../html/link-policy";

/**
 * Links in articles: http, https and mailto only, never opened by clicking in the editor (clicks
 * select text for annotating), rendered with a fixed `rel`/`target`. The stored mark keeps only
 * `href` and `title`, so a pasted `rel`, `target` or `class` never reaches the document.
 */
export const ArticleLink = Link.extend({
  addAttributes() {
    return {
      href: { default: null, parseHTML: (element: HTMLElement) => safeLinkHref(element.getAttribute("href")) },
      title: { default: null },
    };
  },
}).configure({
  openOnClick: false,
  autolink: false,
  linkOnPaste: true,
  protocols: [],
  defaultProtocol: "https",
  HTMLAttributes: { rel: ARTICLE_LINK_REL, target: "_blank", class: null },
  isAllowedUri: (url) => safeLinkHref(url) !== null,
});
