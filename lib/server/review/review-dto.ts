export type { HistoryEntryDto, ReviewProgressDto, ReviewQueueDto, ReviewQueueItemDto } from "@/lib/dto/review-dto";
