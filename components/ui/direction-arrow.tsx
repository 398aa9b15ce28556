/** An arrow pointing back (←) or forward (→) in reading order: mirrored in a right-to-left interface. */
export function DirectionArrow({ to }: { to: "back" | "forward" }) {
  return (
    <span aria-hidden="true" className="inline-block rtl:-scale-x-100">
      {to === "back" ? "←" : "→"}
    </span>
  );
}
