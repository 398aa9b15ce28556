import { z } from "zod";
import { PRESENCE_ACTIVITIES } from "@/lib/live/presence";

const id = z.string().trim().min(1).max(100);

/** `GET /api/events` query: one article's stream, or the desk-wide one without `articleId`. */
export const liveStreamQuerySchema = z.object({
  articleId: id.optional(),
  /** `inbox`: no changes, only "your notifications changed" (the header's bell on screens without a stream). */
  scope: z.enum(["inbox"], { error: "scope must be inbox (or left out)" }).optional(),
  /** The position the page was rendered at (Last-Event-ID wins when the browser sends one). */
  after: z
    .string()
    .regex(/^\d{1,19}$/, "Must be a stream position")
    .optional(),
});

/** `POST /api/presence`: what the person in one open tab is doing now. */
export const presenceUpdateSchema = z
  .object({
    streamId: z.uuid(),
    activity: z.enum(PRESENCE_ACTIVITIES),
    articleId: id.nullable().default(null),
    annotationId: id.nullable().default(null),
  })
  .refine((value) => value.activity !== "reviewing" || (value.annotationId !== null && value.articleId !== null), {
    message: "Reviewing needs the article and the annotation",
    path: ["annotationId"],
  });

export type PresenceUpdate = z.infer<typeof presenceUpdateSchema>;
