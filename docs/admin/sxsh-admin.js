// The web form's start: our formats (sxsh-yaml.js) and checks (sxsh-checks.js), then Decap CMS,
// which the build copies from node_modules into the site (nothing is loaded from another host).
import { YAML } from "./yaml/index.js";
import { fromFile, toFile, pageFromFile, pageToFile } from "./sxsh-yaml.js";
import { checkBeforeSave } from "./sxsh-checks.js";

function loadDecap() {
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = "decap-cms.js";
    script.onload = resolve;
    script.onerror = reject;
    document.body.appendChild(script);
  });
}

async function fieldOrder() {
  // The order of each collection's fields, as Decap writes them (the same config.yml Decap reads).
  const config = YAML.parse(await (await fetch("config.yml")).text());
  return Object.fromEntries(config.collections.filter((collection) => collection.fields)
    .map((collection) => [collection.name, collection.fields.map((field) => field.name)]));
}

// Decap starts by itself unless told not to; the formats must be known before it reads its configuration.
window.CMS_MANUAL_INIT = true;
Promise.all([loadDecap(), fieldOrder()]).then(([, order]) => {
  window.CMS.registerCustomFormat("sxsh-yaml", "yml", { fromFile, toFile });
  window.CMS.registerCustomFormat("sxsh-frontmatter", "md", { fromFile: pageFromFile, toFile: pageToFile });
  window.CMS.registerEventListener({ name: "preSave", handler: checkBeforeSave(order) });
  window.CMS.init();
});
