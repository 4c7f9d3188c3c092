import { CriteriaView } from "@/components/portal/criteria-view";
import { portalMetadata } from "@/lib/portal/metadata";

export const metadata = portalMetadata("en", "criteria");

export default function Page() {
  return <CriteriaView locale="en" />;
}
