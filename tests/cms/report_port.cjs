// Loaded with `node --require` before decap-server, which is started with PORT=0: the system picks a
// free port as the server binds it, and this line tells the test which (tests/cms/decap_server.py).
// decap-server only logs the port it was given, never the one it got.
const net = require("node:net");

const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  this.once("listening", () => process.stdout.write(`listening-port ${this.address().port}\n`));
  return listen.apply(this, args);
};
