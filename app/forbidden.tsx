import { AppLink } from "@/components/ui/app-link";

export default function Forbidden() {
  return (
    <main className="mx-auto max-w-xl px-6 py-16">
      <h1 className="text-2xl font-semibold">You don't have access to this page</h1>
      <p className="mt-2 text-[var(--color-muted)]">Your role doesn't allow it. If you need access, ask an admin.</p>
      <p className="mt-6">
        <AppLink href="/articles" className="underline">
          Back to articles
        </AppLink>
      </p>
    </main>
  );
}
