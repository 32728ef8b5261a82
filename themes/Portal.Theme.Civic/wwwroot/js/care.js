/* 大字关怀版开关：记在本机（localStorage），每页在首次绘制前由 Layout 的内联脚本恢复 */
(function () {
  "use strict";
  var root = document.documentElement;
  var key = "portal-care";
  var switches = document.querySelectorAll(".care-switch");

  function sync() {
    var on = root.classList.contains("care");
    switches.forEach(function (button) {
      button.setAttribute("aria-pressed", on ? "true" : "false");
      var state = button.querySelector(".care-state");
      if (state) state.textContent = on ? "开" : "关";
    });
  }

  switches.forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      var on = !root.classList.contains("care");
      root.classList.toggle("care", on);
      try {
        if (on) localStorage.setItem(key, "1");
        else localStorage.removeItem(key);
      } catch (e) {
        /* 浏览器不允许本地存储时，只对本页生效 */
      }
      sync();
    });
  });
  sync();
})();
