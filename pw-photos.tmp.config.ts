import base from "./playwright.config";
const keep = (process.env.PW_SITES ?? "photos").split(",");
export default {
  ...base,
  projects: base.projects?.filter((project) => keep.includes(project.name ?? "")),
  webServer: (Array.isArray(base.webServer) ? base.webServer : []).filter((server) =>
    keep.some((name) => (name === "main" ? / out /.test(server.command) : server.command.includes(`.test-builds/${name} `))),
  ),
};
