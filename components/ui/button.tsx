import type { ButtonHTMLAttributes } from "react";

type Variant = "primary" | "secondary" | "danger" | "ghost";
type Size = "sm" | "md";

const VARIANTS: Record<Variant, string> = {
  primary: "bg-[var(--color-accent)] text-white hover:bg-blue-800 border-transparent",
  secondary: "bg-white text-[var(--color-ink)] hover:bg-gray-50 border-[var(--color-line)]",
  danger: "bg-white text-rose-700 hover:bg-rose-50 border-rose-300",
  ghost: "bg-transparent text-[var(--color-ink)] hover:bg-gray-100 border-transparent",
};

const SIZES: Record<Size, string> = {
  sm: "px-2.5 py-1 text-sm",
  md: "px-3.5 py-2 text-sm",
};

export type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant; size?: Size };

/** The one button style of the app. */
export function Button({ variant = "secondary", size = "md", className = "", type = "button", ...props }: ButtonProps) {
  return (
    <button
      type={type}
      className={`inline-flex items-center justify-center gap-1.5 rounded-md border font-medium transition-colors disabled:cursor-not-allowed disabled:opacity-50 ${VARIANTS[variant]} ${SIZES[size]} ${className}`}
      {...props}
    />
  );
}
