import type { ButtonHTMLAttributes } from "react";

type Variant = "primary" | "secondary" | "danger" | "ghost";

export type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant };

/** A button's looks, also for a link that acts as one (app/globals.css: `.btn` and its variants). */
export const buttonClass = (variant: Variant = "primary") => `btn btn-${variant}`;

export function Button({ variant = "primary", className = "", type = "button", ...props }: ButtonProps) {
  return (
    <button
      type={type}
      className={className ? `${buttonClass(variant)} ${className}` : buttonClass(variant)}
      {...props}
    />
  );
}
