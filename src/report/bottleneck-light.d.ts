// bottleneck's light build (no Redis clustering), the one the octokit throttling plugin uses, has the
// full build's types.
declare module "bottleneck/light.js" {
  import Bottleneck from "bottleneck";
  export default Bottleneck;
}
