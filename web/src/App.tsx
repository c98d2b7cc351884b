import { Route, Routes } from "react-router";
import { Layout } from "./layout/Layout";
import { ExplorePage } from "./pages/explore/ExplorePage";
import { SolutionPage } from "./pages/solution/SolutionPage";
import { ComparePage } from "./pages/compare/ComparePage";
import { AccessibilityPage } from "./pages/legal/AccessibilityPage";
import { LegalNoticePage } from "./pages/legal/LegalNoticePage";
import { NotFoundPage } from "./pages/NotFoundPage";

export function App() {
  return (
    <Layout>
      <Routes>
        <Route path="/" element={<ExplorePage />} />
        <Route path="/solutions/:slug" element={<SolutionPage />} />
        <Route path="/comparer" element={<ComparePage />} />
        <Route path="/accessibilite" element={<AccessibilityPage />} />
        <Route path="/mentions-legales" element={<LegalNoticePage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Layout>
  );
}
