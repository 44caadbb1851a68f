/**
 * The API's paths the client calls (declared by server/http/routes/*.routes.ts; their answers are
 * the contract's, contract/api/). Server and client ship together: every one of them exists.
 * `{id}` is filled in by `apiUrl`.
 */
export const ENDPOINTS = {
  graph: '/api/graph',
  forceLayout: '/api/layout/force',
  municipalities: '/api/municipalities',
  municipality: '/api/municipalities/{id}',
  metrics: '/api/metrics',
  ranking: '/api/metrics/centrality',
  communities: '/api/communities',
  eastWest: '/api/bridges/east-west',
  regions: '/api/regions',
  regionGeometry: '/api/regions/geometry',
  region: '/api/regions/{region}',
  regionRecommendations: '/api/regions/{region}/recommendations',
  evolution: '/api/evolution',
  distances: '/api/distances',
  recommendations: '/api/recommendations/{id}',
  paths: '/api/paths',
  ego: '/api/ego/{id}',
  export: '/api/export',
  report: '/api/report',
  imports: '/api/imports',
  importColumns: '/api/imports/columns',
  job: '/api/jobs/{id}',
} as const;
