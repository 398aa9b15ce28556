import { useFormatter, useTranslations } from "next-intl";
import { AppLink } from "@/components/ui/app-link";
import { AssigneeList, DeskStatusBadge, DueDate } from "@/components/assignments/assignment-summary";
import { StatusBadge } from "@/components/article/annotation-summary";
import type { MyWorkAnnotationItem, MyWorkAssignmentItem, MyWorkDto, MyWorkSection } from "@/lib/dto/my-work-dto";

/** The link to one annotation: its article page, focused on its card. */
export function annotationHref(item: MyWorkAnnotationItem): string {
  return `/articles/${item.article.id}#annotation-${item.annotation.id}`;
}

function Section<T>({ id, title, empty, section, children }: { id: string; title: string; empty: string; section: MyWorkSection<T>; children: (item: T) => React.ReactNode }) {
  const t = useTranslations("myWork");
  return (
    <section aria-labelledby={`${id}-heading`} className="rounded-lg border border-[var(--color-line)] bg-white p-4" data-testid={`my-work-${id}`}>
      <h2 id={`${id}-heading`} className="mb-2 flex items-center gap-2 text-lg font-semibold">
        {title}
        <span className="rounded-full bg-gray-100 px-2 py-0.5 text-sm font-medium tabular-nums" data-testid="section-count">
          {section.total}
        </span>
      </h2>
      {section.items.length === 0 ? (
        <p className="text-sm text-[var(--color-muted)]">{empty}</p>
      ) : (
        <ul className="divide-y divide-[var(--color-line)]">{section.items.map((item) => children(item))}</ul>
      )}
      {section.total > section.items.length && <p className="mt-2 text-xs text-[var(--color-muted)]">{t("showingFirst", { shown: section.items.length, total: section.total })}</p>}
    </section>
  );
}

function AnnotationItem({ item, showReason = false }: { item: MyWorkAnnotationItem; showReason?: boolean }) {
  const { annotation, article } = item;
  const decision = annotation.lastDecision;
  const t = useTranslations("myWork");
  const kinds = useTranslations("kinds");
  return (
    <li className="py-2 text-sm">
      <AppLink href={annotationHref(item)} className="font-medium">
        {kinds(annotation.kind)}: <span dir="auto">“{annotation.exact.length > 90 ? `${annotation.exact.slice(0, 90)}…` : annotation.exact}”</span>
      </AppLink>{" "}
      <StatusBadge status={annotation.status} />
      <span className="block text-xs text-[var(--color-muted)]">{t.rich("inArticleBy", { title: () => <span dir="auto">{article.title}</span>, name: annotation.author.name })}</span>
      {showReason && decision && (
        <span className="mt-1 block rounded border-s-2 border-rose-400 bg-rose-50 px-2 py-1 text-xs" data-testid="decision-reason">
          <span className="font-semibold">{t(`decision.${decision.action}`, { name: decision.by.name })}</span> <span dir="auto">{decision.reason}</span>
        </span>
      )}
    </li>
  );
}

function AssignmentItem({ item, now }: { item: MyWorkAssignmentItem; now: string }) {
  const t = useTranslations("myWork");
  const roles = useTranslations("assignmentRoles");
  const format = useFormatter();
  return (
    <li className="flex flex-wrap items-center gap-x-4 gap-y-1 py-2 text-sm" data-testid="my-work-assignment">
      <AppLink href={`/articles/${item.article.id}`} className="font-medium" dir="auto">
        {item.article.title}
      </AppLink>
      <span className="text-xs text-[var(--color-muted)]">{t("you", { roles: format.list(item.roles.map((role) => t(`role.${role}`))) })}</span>
      <DeskStatusBadge status={item.article.deskStatus} />
      <DueDate dueAt={item.article.dueAt} now={now} />
      <AssigneeList assignees={item.article.assignees} compact />
      <span className="sr-only">{format.list(item.roles.map((role) => roles(role)))}</span>
    </li>
  );
}

/** The four sections of My work, in the order people act on them. */
export function MyWorkSections({ work, now }: { work: MyWorkDto; now: string }) {
  const t = useTranslations("myWork");
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <Section id="assigned" title={t("assigned")} empty={t("assignedEmpty")} section={work.assigned}>
        {(item) => <AssignmentItem key={item.article.id} item={item} now={now} />}
      </Section>
      <Section id="review" title={t("toReview")} empty={t("toReviewEmpty")} section={work.toReview}>
        {(item) => <AnnotationItem key={item.annotation.id} item={item} />}
      </Section>
      <Section id="sent-back" title={t("sentBack")} empty={t("sentBackEmpty")} section={work.sentBack}>
        {(item) => <AnnotationItem key={item.annotation.id} item={item} showReason />}
      </Section>
      <Section id="drafts" title={t("drafts")} empty={t("draftsEmpty")} section={work.drafts}>
        {(item) => <AnnotationItem key={item.annotation.id} item={item} />}
      </Section>
    </div>
  );
}
