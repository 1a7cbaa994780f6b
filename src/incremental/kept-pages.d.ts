/** Served by src/incremental/integration.ts: the article page URLs this build keeps from the last. */
declare module 'virtual:jianfan/kept-pages' {
  const kept: ReadonlySet<string>;
  export default kept;
  /** This build's template version ("dev" outside `astro build`). */
  export const template: string;
}
