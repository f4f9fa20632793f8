/** @type {import('next').NextConfig} */
const nextConfig = {
  // Uploads carry whole articles; the ingest layer enforces its own per-file limit.
  experimental: { serverActions: { bodySizeLimit: "60mb" } },
  poweredByHeader: false,
};

module.exports = nextConfig;
