import { PrivacyView } from "@/components/portal/privacy-view";
import { portalMetadata } from "@/lib/portal/metadata";

export const metadata = portalMetadata("en", "privacy");

export default function Page() {
  return <PrivacyView locale="en" />;
}
