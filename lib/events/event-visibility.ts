import { allows, type PolicyActor } from "../policy/policy";
import { EVENT_ENTITY, type DeskEvent } from "./event-types";

/**
 * What of an event a person may be shown, asked of the one policy. Article-scoped events go to
 * everyone who may read articles; user events only to those who manage users (they carry
 * e-mail addresses); token events to the token's owner and to those who may read the audit trail. Returns null when the event is not
 * theirs to see, so a live stream can fan events out without leaking fields.
 */
export function eventForViewer(event: DeskEvent, viewer: PolicyActor): DeskEvent | null {
  switch (EVENT_ENTITY[event.type]) {
    case "article":
    case "annotation":
    case "comment":
    case "evidence":
      return allows(viewer, "article.read") ? event : null;
    case "user":
      if (allows(viewer, "user.manage")) return event;
      // People may see that their own account changed, without the details.
      return event.entityId === viewer.id && allows(viewer, "session.end") ? ({ ...event, payload: {} } as DeskEvent) : null;
    case "api_token":
      if (allows(viewer, "audit.read")) return event;
      return event.actorId === viewer.id && allows(viewer, "token.manage") ? event : null;
  }
}
