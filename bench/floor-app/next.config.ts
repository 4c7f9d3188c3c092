import type { NextConfig } from "next";

// Its own, empty: without it Next.js looks in the parent folders and takes Zona's.
const config: NextConfig = {};
export default config;
