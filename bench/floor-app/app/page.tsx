import { connection } from "next/server";

// The framework floor: the least a dynamic Next.js page costs on this machine.
export default async function Page() {
  await connection();
  return <p>{new Date().toISOString()}</p>;
}
