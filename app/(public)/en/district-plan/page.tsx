import { PlanView } from "@/components/portal/plan-view";
import { portalMetadata } from "@/lib/portal/metadata";

export const metadata = portalMetadata("en", "plan");

export default function Page() {
  return <PlanView locale="en" />;
}
