/** Batch B1: package-manager rules (apt-get, apk, yum/dnf, zypper, rpm). */
import type { Rule } from "../lint/rule.js";
import apkAddCache from "./apk-add-cache/apk-add-cache.js";
import apkAllowUntrusted from "./apk-allow-untrusted/apk-allow-untrusted.js";
import apkUnpinnedVersion from "./apk-unpinned-version/apk-unpinned-version.js";
import aptGetAllowUnauthenticated from "./apt-get-allow-unauthenticated/apt-get-allow-unauthenticated.js";
import aptGetForceYes from "./apt-get-force-yes/apt-get-force-yes.js";
import aptGetInstallRecommends from "./apt-get-install-recommends/apt-get-install-recommends.js";
import aptGetMissingYes from "./apt-get-missing-yes/apt-get-missing-yes.js";
import aptGetUnpinnedVersion from "./apt-get-unpinned-version/apt-get-unpinned-version.js";
import aptInsteadOfAptGet from "./apt-instead-of-apt-get/apt-instead-of-apt-get.js";
import aptListsNotDeleted from "./apt-lists-not-deleted/apt-lists-not-deleted.js";
import dnfCacheNotCleaned from "./dnf-cache-not-cleaned/dnf-cache-not-cleaned.js";
import dnfMissingYes from "./dnf-missing-yes/dnf-missing-yes.js";
import dnfUnpinnedVersion from "./dnf-unpinned-version/dnf-unpinned-version.js";
import gpgCheckDisabled from "./gpg-check-disabled/gpg-check-disabled.js";
import rpmSignatureCheckDisabled from "./rpm-signature-check-disabled/rpm-signature-check-disabled.js";
import updateWithoutInstall from "./update-without-install/update-without-install.js";
import yumCacheNotCleaned from "./yum-cache-not-cleaned/yum-cache-not-cleaned.js";
import yumMissingYes from "./yum-missing-yes/yum-missing-yes.js";
import yumUnpinnedVersion from "./yum-unpinned-version/yum-unpinned-version.js";
import zypperCacheNotCleaned from "./zypper-cache-not-cleaned/zypper-cache-not-cleaned.js";
import zypperDistUpgrade from "./zypper-dist-upgrade/zypper-dist-upgrade.js";
import zypperMissingYes from "./zypper-missing-yes/zypper-missing-yes.js";
import zypperUnpinnedVersion from "./zypper-unpinned-version/zypper-unpinned-version.js";

export const batchB1: readonly Rule[] = [
  apkAddCache,
  apkAllowUntrusted,
  apkUnpinnedVersion,
  aptGetAllowUnauthenticated,
  aptGetForceYes,
  aptGetInstallRecommends,
  aptGetMissingYes,
  aptGetUnpinnedVersion,
  aptInsteadOfAptGet,
  aptListsNotDeleted,
  dnfCacheNotCleaned,
  dnfMissingYes,
  dnfUnpinnedVersion,
  gpgCheckDisabled,
  rpmSignatureCheckDisabled,
  updateWithoutInstall,
  yumCacheNotCleaned,
  yumMissingYes,
  yumUnpinnedVersion,
  zypperCacheNotCleaned,
  zypperDistUpgrade,
  zypperMissingYes,
  zypperUnpinnedVersion,
];
