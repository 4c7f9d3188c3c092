import { CallsView } from "@/components/portal/calls-view";
import { portalMetadata } from "@/lib/portal/metadata";

export const metadata = portalMetadata("en", "calls");

export default function Page() {
  return <CallsView locale="en" />;
}
