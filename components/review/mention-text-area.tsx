"use client";

import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { useTranslations } from "next-intl";
import { TextArea } from "@/components/ui/field";
import { insertMention, mentionQueryAt } from "@/lib/notifications/mentions";

type Member = { id: string; name: string };

type Props = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Called when a member is picked from the list (the body then holds `@Name`). */
  onMention: (member: Member) => void;
};

/**
 * A comment box where typing "@" offers desk members (combobox pattern: arrow keys move,
 * Enter or Tab picks, Escape closes; the active option is announced via aria-activedescendant).
 */
export function MentionTextArea({ label, value, onChange, onMention }: Props) {
  const listId = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const [typing, setTyping] = useState<{ start: number; query: string; caret: number } | null>(null);
  const [members, setMembers] = useState<Member[]>([]);
  const [active, setActive] = useState(0);
  const open = typing !== null && members.length > 0;
  const t = useTranslations("review.comments");

  useEffect(() => {
    if (!typing) return;
    const controller = new AbortController();
    fetch(`/api/members?${new URLSearchParams({ q: typing.query })}`, { signal: controller.signal })
      .then((response) => (response.ok ? (response.json() as Promise<{ members: Member[] }>) : { members: [] }))
      .then((body) => {
        setMembers(body.members);
        setActive(0);
      })
      .catch(() => {});
    return () => controller.abort();
  }, [typing]);

  function track(text: string, caret: number) {
    const found = mentionQueryAt(text, caret);
    setTyping(found ? { ...found, caret } : null);
    if (!found) setMembers([]);
  }

  function pick(member: Member) {
    if (!typing) return;
    const next = insertMention(value, typing.start, typing.caret, member.name);
    onChange(next.text);
    onMention(member);
    setTyping(null);
    setMembers([]);
    requestAnimationFrame(() => area.current?.setSelectionRange(next.caret, next.caret));
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (!open) return;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((index) => (index + step + members.length) % members.length);
    } else if (event.key === "Enter" || event.key === "Tab") {
      event.preventDefault();
      pick(members[active]);
    } else if (event.key === "Escape") {
      event.preventDefault();
      setTyping(null);
      setMembers([]);
    }
  }

  return (
    <div className="relative">
      <TextArea
        ref={area}
        label={label}
        dir="auto"
        rows={2}
        value={value}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open ? `${listId}-${active}` : undefined}
        onChange={(event) => {
          onChange(event.target.value);
          track(event.target.value, event.target.selectionStart);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => window.setTimeout(() => setTyping(null), 150)}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={t("members")}
        hidden={!open}
        className="absolute z-10 mt-1 max-h-48 w-full overflow-auto rounded-md border border-[var(--color-line)] bg-white text-sm shadow"
      >
        {open &&
          members.map((member, index) => (
            <li
              key={member.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              className={`cursor-pointer px-2 py-1 ${index === active ? "bg-gray-900 text-white" : ""}`}
              onMouseDown={(event) => {
                event.preventDefault();
                pick(member);
              }}
            >
              <span dir="auto">{member.name}</span>
            </li>
          ))}
      </ul>
    </div>
  );
}
