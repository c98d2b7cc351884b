import ReactMarkdown, { defaultUrlTransform } from "react-markdown";
import remarkGfm from "remark-gfm";

interface HastNode {
  type: string;
  value?: string;
  children?: HastNode[];
}

/** The plain text of a rendered Markdown node (a link's text may hold emphasis, code…). */
export function plainText(node: HastNode | undefined): string {
  if (!node) return "";
  if (node.type === "text") return node.value ?? "";
  return (node.children ?? []).map(plainText).join("");
}

const SAFE_PROTOCOL = /^(https?:|mailto:)/i;

/** Only http(s) and mailto links survive; anything else (javascript:, data:…) becomes inert. */
export function safeUrl(url: string): string {
  const cleaned = defaultUrlTransform(url);
  return SAFE_PROTOCOL.test(cleaned) ? cleaned : "";
}

/**
 * Markdown written by a supplier. Raw HTML is never rendered (react-markdown escapes it:
 * no rehype-raw), images are not loaded, links open as plain external links.
 */
export function Markdown({ children }: { children: string }) {
  return (
    <div className="gt-markdown">
      <ReactMarkdown
        remarkPlugins={[remarkGfm]}
        skipHtml
        urlTransform={safeUrl}
        disallowedElements={["img"]}
        unwrapDisallowed
        components={{
          h1: ({ children: text }) => <h3 className="fr-h5">{text}</h3>,
          h2: ({ children: text }) => <h3 className="fr-h5">{text}</h3>,
          h3: ({ children: text }) => <h4 className="fr-h6">{text}</h4>,
          a: ({ href, node, children: text }) =>
            href ? (
              <a href={href} rel="noopener noreferrer nofollow" target="_blank" title={`${plainText(node)} - nouvelle fenêtre`}>
                {text}
              </a>
            ) : (
              <span>{text}</span>
            ),
        }}
      >
        {children}
      </ReactMarkdown>
    </div>
  );
}
