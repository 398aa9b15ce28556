import { AppLink } from "@/components/ui/app-link";
import { DirectionArrow } from "@/components/ui/direction-arrow";

/** The "← Article title" link above an article's sub-pages (edit, revisions, archive); the title reads in its own direction. */
export function BackToArticle({ articleId, title }: { articleId: string; title: string }) {
  return (
    <AppLink href={`/articles/${articleId}`}>
      <DirectionArrow to="back" /> <span dir="auto">{title}</span>
    </AppLink>
  );
}
