#!/bin/sh
# Starts WildFly as the container's main process. With LAUNCH_JBOSS_IN_BACKGROUND=true,
# standalone.sh passes SIGTERM on to Java, so `docker stop` shuts the server down cleanly.
#
# PAINWISE_NODE_NAME names the node (transaction node id and Undertow instance id); it must be
# unique per node on a shared database and at most 23 bytes. It defaults to the container's
# host name. PAINWISE_PRIVATE_ADDRESS sets WildFly's private interface, where the cluster image
# runs JGroups (-bprivate; WildFly's default is 127.0.0.1, which the other nodes cannot reach):
# an address, or "auto" for the container's own address on its network. PAINWISE_PUBLIC_BASE_URL
# is passed on as the system property painwise.publicBaseUrl (redirects and links in emails),
# which the app reads before any environment variable. Extra arguments go to standalone.sh, for
# example -Dpainwise.some.property=value.
set -e
node="${PAINWISE_NODE_NAME:-${HOSTNAME:-painwise}}"
private="${PAINWISE_PRIVATE_ADDRESS:-}"
if [ "$private" = auto ]; then
  private=$(getent ahostsv4 "${HOSTNAME:-$(cat /proc/sys/kernel/hostname)}" | { read -r address _ && echo "$address"; }) || true
  if [ -z "$private" ]; then
    echo "entrypoint: PAINWISE_PRIVATE_ADDRESS=auto, but the container's address was not found" >&2
    exit 1
  fi
fi
exec "$JBOSS_HOME/bin/standalone.sh" \
  -b "${PAINWISE_BIND_ADDRESS:-0.0.0.0}" \
  ${private:+"-bprivate=$private"} \
  ${PAINWISE_PUBLIC_BASE_URL:+"-Dpainwise.publicBaseUrl=$PAINWISE_PUBLIC_BASE_URL"} \
  -Djboss.node.name="$node" \
  -Djboss.tx.node.id="$node" \
  "$@"
