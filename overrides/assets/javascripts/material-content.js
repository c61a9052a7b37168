// Material for MkDocs 9.8's inline script of partials/javascripts/content.html, unchanged, in a file
// (see material-base.js). Keep in step with Material when upgrading it.
var target=document.getElementById(location.hash.slice(1));target&&target.name&&(target.checked=target.name.startsWith("__tabbed_"))
