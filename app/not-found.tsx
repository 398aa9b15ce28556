import { AppLink } from "@/components/ui/app-link";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-xl px-6 py-16">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="mt-2 text-[var(--color-muted)]">This page doesn't exist, or you can't see it.</p>
      <p className="mt-6">
        <AppLink href="/articles" className="underline">
          Back to articles
        </AppLink>
      </p>
    </main>
  );
}
