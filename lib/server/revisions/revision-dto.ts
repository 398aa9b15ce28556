export type { MergeConflictDetails, MergedSaveDto, ReanchoredAnnotationDto, RevisionDetailDto, RevisionListItemDto, SaveRevisionDto } from "@/lib/dto/revision-dto";
