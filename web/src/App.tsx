import { lazy, Suspense } from "react";
import { Route, Routes } from "react-router";
import { Layout } from "./layout/Layout";
import { ExplorePage } from "./pages/explore/ExplorePage";
import { SolutionPage } from "./pages/solution/SolutionPage";
import { ComparePage } from "./pages/compare/ComparePage";
import { AccessibilityPage } from "./pages/legal/AccessibilityPage";
import { LegalNoticePage } from "./pages/legal/LegalNoticePage";
import { NotFoundPage } from "./pages/NotFoundPage";
import { SignInPage } from "./pages/SignInPage";
import { RequireRole } from "./auth/RequireRole";
import { Loading } from "./components/states";

// Spaces for signed-in suppliers and admins load on demand.
const SupplierSpacePage = lazy(() => import("./pages/supplier/SupplierSpacePage").then((m) => ({ default: m.SupplierSpacePage })));
const NewSolutionPage = lazy(() => import("./pages/supplier/NewSolutionPage").then((m) => ({ default: m.NewSolutionPage })));
const AssessmentFormPage = lazy(() => import("./pages/supplier/AssessmentFormPage").then((m) => ({ default: m.AssessmentFormPage })));
const SupplierFeedbackPage = lazy(() => import("./pages/supplier/SupplierFeedbackPage").then((m) => ({ default: m.SupplierFeedbackPage })));
const AdminPage = lazy(() => import("./pages/admin/AdminPage").then((m) => ({ default: m.AdminPage })));

export function App() {
  return (
    <Layout>
      <Suspense fallback={<Loading />}>
        <Routes>
          <Route path="/" element={<ExplorePage />} />
          <Route path="/solutions/:slug" element={<SolutionPage />} />
          <Route path="/comparer" element={<ComparePage />} />
          <Route
            path="/espace-fournisseur"
            element={
              <RequireRole role="SUPPLIER" title="Espace fournisseur">
                <SupplierSpacePage />
              </RequireRole>
            }
          />
          <Route
            path="/espace-fournisseur/nouvelle-solution"
            element={
              <RequireRole role="SUPPLIER" title="Référencer une solution">
                <NewSolutionPage />
              </RequireRole>
            }
          />
          <Route
            path="/espace-fournisseur/avis"
            element={
              <RequireRole role="SUPPLIER" title="Avis et signalements">
                <SupplierFeedbackPage />
              </RequireRole>
            }
          />
          <Route
            path="/administration"
            element={
              <RequireRole role="ADMIN" title="Administration">
                <AdminPage />
              </RequireRole>
            }
          />
          <Route
            path="/espace-fournisseur/evaluation/:solutionId"
            element={
              <RequireRole role="SUPPLIER" title="Évaluation">
                <AssessmentFormPage />
              </RequireRole>
            }
          />
          <Route path="/connexion" element={<SignInPage />} />
          <Route path="/accessibilite" element={<AccessibilityPage />} />
          <Route path="/mentions-legales" element={<LegalNoticePage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </Suspense>
    </Layout>
  );
}
