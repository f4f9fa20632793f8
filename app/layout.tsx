import type { Metadata } from "next";
import type { ReactNode } from "react";
import { ReviewerIdentity } from "../components/reviewer-identity";
import { SiteNav } from "../components/site-nav";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Collate", template: "%s · Collate" },
  description: "Compare the figures different outlets report about one event.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <a className="site-title" href="/">
            Collate
          </a>
          <SiteNav />
          <ReviewerIdentity />
        </header>
        <main id="main" className="site-main">
          {children}
        </main>
      </body>
    </html>
  );
}
