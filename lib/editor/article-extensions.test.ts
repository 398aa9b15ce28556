import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { ARTICLE_HEADING_LEVELS, articleExtensions, articleSchema } from "./article-extensions";
import { ArticleLink } from "./article-link";

describe("articleSchema", () => {
  it("has exactly the article nodes and marks", () => {
    expect(Object.keys(articleSchema.nodes).sort()).toEqual(["blockquote", "bulletList", "doc", "hardBreak", "heading", "horizontalRule", "listItem", "orderedList", "paragraph", "text"].sort());
    expect(Object.keys(articleSchema.marks).sort()).toEqual(["bold", "italic", "link", "strike", "underline"]);
  });

  it("stores only href and title on links", () => {
    expect(Object.keys(articleSchema.marks.link.spec.attrs ?? {})).toEqual(["href", "title"]);
  });

  it("limits headings to levels 1-4", () => {
    expect(ARTICLE_HEADING_LEVELS).toEqual([1, 2, 3, 4]);
    const tags = (articleSchema.nodes.heading.spec.parseDOM ?? []).map((rule) => ("tag" in rule ? rule.tag : ""));
    expect(tags).toEqual(["h1", "h2", "h3", "h4"]);
  });

  it("configures links for annotating, not browsing", () => {
    const options = ArticleLink.options;
    expect(options.openOnClick).toBe(false);
    expect(options.autolink).toBe(false);
    expect(options.HTMLAttributes.rel).toBe("noopener noreferrer nofollow");
    const ctx = { defaultValidate: () => true, protocols: [], defaultProtocol: "https" };
    expect(options.isAllowedUri("https://example.com", ctx)).toBe(true);
    expect(options.isAllowedUri("mailto:a@b.example", ctx)).toBe(true);
    expect(options.isAllowedUri("javascript:alert(1)", ctx)).toBe(false);
    expect(options.isAllowedUri("ftp://example.com", ctx)).toBe(false);
    expect(options.isAllowedUri("tel:+123", ctx)).toBe(false);
  });

  it("is one extension list shared by browser and server", () => {
    expect(articleExtensions.map((extension) => extension.name)).toEqual(["starterKit", "link"]);
  });
});

describe("framework-free", () => {
  const forbidden = /from\s+["'](react|react-dom|next|@prisma\/client|prisma|@tiptap\/react)(\/[^"']*)?["']/;
  const dirs = ["editor", "html", "review", "import", "revisions"];

  it("no file in these directories imports react, next or prisma", () => {
    for (const dir of dirs) {
      const path = join(dirname(new URL(import.meta.url).pathname), "..", dir);
      for (const file of readdirSync(path, { recursive: true }) as string[]) {
        if (!file.endsWith(".ts")) continue;
        expect(readFileSync(join(path, file), "utf8"), `${dir}/${file}`).not.toMatch(forbidden);
      }
    }
  });

  it("the Tiptap packages the schema uses do not depend on React", () => {
    const findManifest = (name: string, from: string): string | null => {
      for (let dir = from; ; dir = dirname(dir)) {
        const candidate = join(dir, "node_modules", name, "package.json");
        if (existsSync(candidate)) return candidate;
        if (dirname(dir) === dir) return null;
      }
    };
    const seen = new Set<string>();
    const visit = (name: string, from: string) => {
      if (seen.has(name)) return;
      seen.add(name);
      const manifestPath = findManifest(name, from);
      if (!manifestPath) return;
      const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as Record<string, Record<string, string> | undefined>;
      for (const dep of Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies })) visit(dep, dirname(manifestPath));
    };
    for (const root of ["@tiptap/core", "@tiptap/starter-kit", "@tiptap/extension-link"]) visit(root, process.cwd());
    expect([...seen].filter((name) => /^(react|react-dom|@tiptap\/react)$/.test(name))).toEqual([]);
    expect(seen.has("@tiptap/extension-heading")).toBe(true);
  });
});
