import type { Metadata } from "next";
import { safeCallbackPath } from "@/lib/validations/callback-path";
import { ReconnectingReturn } from "@/components/ui/reconnecting-return";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reconnecting"))("metaTitle") };
}

/** Where pages send people while the database is unreachable; goes back to `next` once it answers. */
export default async function ReconnectingPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  return <ReconnectingReturn next={safeCallbackPath(next)} />;
}
