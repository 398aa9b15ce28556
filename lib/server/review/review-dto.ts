export type { AuditJson, HistoryEntryDto, ReviewProgressDto, ReviewQueueDto, ReviewQueueItemDto } from "@/lib/dto/review-dto";
