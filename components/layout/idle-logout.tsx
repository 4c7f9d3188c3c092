"use client";

import { useEffect, useRef, useState } from "react";
import { logoutAfterInactivity } from "@/app/(staff)/actions";
import { Button } from "@/components/ui/button";
import { layout } from "@/lib/i18n/it/layout";

const t = { layout };

const ACTIVITY = ["pointerdown", "keydown", "scroll", "touchstart"] as const;
const WARNING_MS = 2 * 60_000;

/**
 * Closes the session after `idleMinutes` without activity, with a warning two minutes before.
 * The server enforces the same limit on its own; this spares a user a failing form.
 */
export function IdleLogout({ idleMinutes }: { idleMinutes: number }) {
  const [warning, setWarning] = useState(false);
  const lastActivity = useRef(Date.now());
  const stayRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const mark = () => {
      lastActivity.current = Date.now();
    };
    for (const e of ACTIVITY) window.addEventListener(e, mark, { passive: true });
    // Lets a test (or a curious administrator) see that the watch is running.
    document.documentElement.dataset.idleWatch = "on";
    const timer = window.setInterval(() => {
      const idle = Date.now() - lastActivity.current;
      if (idle >= idleMinutes * 60_000) {
        window.clearInterval(timer);
        void logoutAfterInactivity();
      } else {
        setWarning(idle >= idleMinutes * 60_000 - WARNING_MS);
      }
    }, 15_000);
    return () => {
      window.clearInterval(timer);
      for (const e of ACTIVITY) window.removeEventListener(e, mark);
      delete document.documentElement.dataset.idleWatch;
    };
  }, [idleMinutes]);

  useEffect(() => {
    if (warning) stayRef.current?.focus();
  }, [warning]);

  if (!warning) return null;
  return (
    <div
      role="alertdialog"
      aria-modal="false"
      aria-labelledby="idle-title"
      aria-describedby="idle-body"
      data-testid="idle-warning"
      className="fixed right-4 bottom-4 z-50 max-w-sm rounded border-2 border-warning bg-white p-4 shadow-lg"
    >
      <p id="idle-title" className="font-bold">
        {t.layout.idle.warningTitle}
      </p>
      <p id="idle-body" className="mt-1">
        {t.layout.idle.warningBody(idleMinutes)}
      </p>
      <Button
        ref={stayRef}
        type="button"
        className="mt-3"
        onClick={() => {
          lastActivity.current = Date.now();
          setWarning(false);
          // A request to the server renews its record of activity too.
          void fetch("/api/v1/session", { method: "POST" });
        }}
      >
        {t.layout.idle.stay}
      </Button>
    </div>
  );
}
