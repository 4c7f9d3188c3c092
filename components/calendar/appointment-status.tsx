"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { setAppointmentStatusAction } from "@/app/(staff)/agenda/actions";
import { Button } from "@/components/ui/button";
import { calendar } from "@/lib/i18n/it/calendar";

const t = { calendar };

/** Marks a programmed appointment as held or cancelled. */
export function AppointmentStatusButtons({ id }: { id: string }) {
  const m = t.calendar;
  const router = useRouter();
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const set = (stato: "svolto" | "annullato") =>
    start(async () => {
      const r = await setAppointmentStatusAction(id, { stato });
      setMessage(r.ok ? m.statusSaved : r.message);
      if (r.ok) router.refresh();
    });
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button type="button" variant="secondary" disabled={pending} onClick={() => set("svolto")}>
        {m.markDone}
      </Button>
      <Button type="button" variant="ghost" disabled={pending} onClick={() => set("annullato")}>
        {m.cancel}
      </Button>
      <span aria-live="polite" className="text-sm">
        {message}
      </span>
    </div>
  );
}
