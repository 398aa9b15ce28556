import { AppLink } from "@/components/ui/app-link";
import { AssigneeList, DeskStatusBadge, DueDate } from "@/components/assignments/assignment-summary";
import { StatusBadge } from "@/components/article/annotation-summary";
import { KIND_LABELS } from "@/lib/domain/annotation-kinds";
import { ASSIGNMENT_ROLE_LABELS } from "@/lib/domain/desk-statuses";
import type { MyWorkAnnotationItem, MyWorkAssignmentItem, MyWorkDto, MyWorkSection } from "@/lib/dto/my-work-dto";

const DECISION_LABELS = { reject: "Rejected", request_changes: "Sent back", approve: "Approved", reopen: "Reopened" } as const;

/** The link to one annotation: its article page, focused on its card. */
export function annotationHref(item: MyWorkAnnotationItem): string {
  return `/articles/${item.article.id}#annotation-${item.annotation.id}`;
}

function Section<T>({ id, title, empty, section, children }: { id: string; title: string; empty: string; section: MyWorkSection<T>; children: (item: T) => React.ReactNode }) {
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
      {section.total > section.items.length && (
        <p className="mt-2 text-xs text-[var(--color-muted)]">
          Showing the first {section.items.length} of {section.total}.
        </p>
      )}
    </section>
  );
}

function AnnotationItem({ item, showReason = false }: { item: MyWorkAnnotationItem; showReason?: boolean }) {
  const { annotation, article } = item;
  const decision = annotation.lastDecision;
  return (
    <li className="py-2 text-sm">
      <AppLink href={annotationHref(item)} className="font-medium">
        {KIND_LABELS[annotation.kind]}: “{annotation.exact.length > 90 ? `${annotation.exact.slice(0, 90)}…` : annotation.exact}”
      </AppLink>{" "}
      <StatusBadge status={annotation.status} />
      <span className="block text-xs text-[var(--color-muted)]">
        in <span dir="auto">{article.title}</span> · by {annotation.author.name}
      </span>
      {showReason && decision && (
        <span className="mt-1 block rounded border-s-2 border-rose-400 bg-rose-50 px-2 py-1 text-xs" data-testid="decision-reason">
          <span className="font-semibold">
            {DECISION_LABELS[decision.action]} by {decision.by.name}:
          </span>{" "}
          {decision.reason}
        </span>
      )}
    </li>
  );
}

function AssignmentItem({ item, now }: { item: MyWorkAssignmentItem; now: string }) {
  return (
    <li className="flex flex-wrap items-center gap-x-4 gap-y-1 py-2 text-sm" data-testid="my-work-assignment">
      <AppLink href={`/articles/${item.article.id}`} className="font-medium" dir="auto">
        {item.article.title}
      </AppLink>
      <span className="text-xs text-[var(--color-muted)]">You: {item.roles.map((role) => (role === "annotate" ? "annotate" : "review")).join(" and ")}</span>
      <DeskStatusBadge status={item.article.deskStatus} />
      <DueDate dueAt={item.article.dueAt} now={now} />
      <AssigneeList assignees={item.article.assignees} compact />
      <span className="sr-only">{item.roles.map((role) => ASSIGNMENT_ROLE_LABELS[role]).join(", ")}</span>
    </li>
  );
}

/** The four sections of My work, in the order people act on them. */
export function MyWorkSections({ work, now }: { work: MyWorkDto; now: string }) {
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <Section id="assigned" title="Assigned to me" empty="No article is assigned to you." section={work.assigned}>
        {(item) => <AssignmentItem key={item.article.id} item={item} now={now} />}
      </Section>
      <Section id="review" title="Waiting for my review" empty="Nothing waits for your review." section={work.toReview}>
        {(item) => <AnnotationItem key={item.annotation.id} item={item} />}
      </Section>
      <Section id="sent-back" title="Sent back to me" empty="Nothing was sent back to you." section={work.sentBack}>
        {(item) => <AnnotationItem key={item.annotation.id} item={item} showReason />}
      </Section>
      <Section id="drafts" title="My drafts" empty="You have no drafts." section={work.drafts}>
        {(item) => <AnnotationItem key={item.annotation.id} item={item} />}
      </Section>
    </div>
  );
}
