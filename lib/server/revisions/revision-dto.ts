export type { ReanchoredAnnotationDto, RevisionDetailDto, RevisionListItemDto, SaveRevisionDto } from "@/lib/dto/revision-dto";
