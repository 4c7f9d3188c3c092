import { Slot } from "@radix-ui/react-slot";
import type { ComponentProps } from "react";
import { cn } from "./cn";

const VARIANTS = {
  primary: "bg-primary text-white hover:bg-primary-dark border border-primary",
  secondary: "bg-white text-primary border border-primary hover:bg-primary-light",
  danger: "bg-danger text-white border border-danger hover:brightness-95",
  ghost: "bg-transparent text-primary hover:bg-primary-light border border-transparent",
} as const;

export type ButtonProps = ComponentProps<"button"> & {
  variant?: keyof typeof VARIANTS;
  size?: "sm" | "md";
  asChild?: boolean;
};

export function buttonClass(
  variant: keyof typeof VARIANTS = "primary",
  size: "sm" | "md" = "md",
): string {
  return cn(
    "inline-flex items-center justify-center gap-2 rounded font-semibold no-underline transition-colors disabled:cursor-not-allowed disabled:opacity-60",
    size === "sm" ? "px-3 py-1 text-sm" : "px-4 py-2 text-base",
    VARIANTS[variant],
  );
}

export function Button({
  variant = "primary",
  size = "md",
  asChild,
  className,
  ...props
}: ButtonProps) {
  const Comp = asChild ? Slot : "button";
  return <Comp className={cn(buttonClass(variant, size), className)} {...props} />;
}
