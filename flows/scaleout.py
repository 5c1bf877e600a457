"""Parsing on an existing Dask cluster (`--dask-address`), with prefect-dask.

Parse tasks then run on Dask workers; the writer stays in the flow process.
Dask workers run Prefect's task engine, which reports every task run to the
Prefect API. Prefect's temporary server lives inside the flow process on
127.0.0.1 and dies with it, so without a real server each worker would
start a temporary server of its own (15 s each, task runs scattered over
private databases). Dask mode therefore requires PREFECT_API_URL pointing
at a `prefect server start` that the workers can reach, and checks before
the run that they reach it and can import ita-pipeline.

The workers receive the flow's Prefect settings (the API URL included) with
each task; they need ita-pipeline installed (`uv run dask worker ...` from
a checkout) and the report files under the same path as the flow process.
"""

from __future__ import annotations

import ipaddress
import socket
from typing import TYPE_CHECKING
from urllib.parse import urlparse

if TYPE_CHECKING:
    from prefect import Flow

CONNECT_TIMEOUT_SECONDS = 10


class DaskSetupError(RuntimeError):
    """A setting that makes parsing on Dask impossible; the message says what to do."""


def on_dask(the_flow: "Flow", address: str) -> "Flow":
    """The flow with its tasks run on the Dask cluster at `address`."""
    from prefect_dask import DaskTaskRunner

    return the_flow.with_options(task_runner=DaskTaskRunner(address=address))


def check_dask_setup(address: str) -> None:
    """DaskSetupError unless the Prefect server and the Dask cluster are usable together."""
    from flows.serve import ServeError, configured_api_url, require_reachable_api

    api_url = configured_api_url()
    if not api_url:
        raise DaskSetupError(
            "parsing on Dask needs a Prefect server the Dask workers can reach: start one with "
            "`uv run prefect server start --host 0.0.0.0` and set PREFECT_API_URL=http://<this machine>:4200/api "
            "(README, Scaling out)"
        )
    if _is_loopback(urlparse(api_url).hostname) and not _is_loopback(_host_of(address)):
        raise DaskSetupError(
            f"PREFECT_API_URL ({api_url}) is a loopback address, which Dask workers on other machines cannot "
            "reach: use this machine's network address, and start the server with --host 0.0.0.0"
        )
    try:
        require_reachable_api(api_url)
    except ServeError as exc:
        raise DaskSetupError(str(exc)) from None
    check_workers(address, api_url)


def check_workers(address: str, api_url: str) -> None:
    """Connect to the scheduler and ask every worker whether it can do the job."""
    import distributed

    try:
        client = distributed.Client(address, timeout=CONNECT_TIMEOUT_SECONDS, set_as_default=False)
    except (OSError, TimeoutError) as exc:
        raise DaskSetupError(
            f"cannot reach the Dask scheduler at {address} ({exc}): start it with `uv run dask scheduler` "
            "or check the address"
        ) from None
    with client:
        if not client.nthreads():
            raise DaskSetupError(
                f"the Dask cluster at {address} has no workers: start some with `uv run dask worker {address}`"
            )
        problems = {worker: problem for worker, problem in client.run(worker_problem, api_url).items() if problem}
    if problems:
        listing = "; ".join(f"{worker}: {problem}" for worker, problem in sorted(problems.items()))
        raise DaskSetupError(f"some Dask workers cannot parse for ita-pipeline: {listing}")


def worker_problem(api_url: str) -> str | None:
    """Run on each Dask worker: why it could not run parse tasks, or None."""
    try:
        import flows.ingest  # noqa: F401  (the task code and its dependencies)
    except Exception as exc:
        return (f"cannot import ita-pipeline ({type(exc).__name__}: {exc}); start the worker from the "
                "project's environment (`uv run dask worker ...`)")
    import httpx

    try:
        httpx.get(f"{api_url.rstrip('/')}/health", timeout=CONNECT_TIMEOUT_SECONDS).raise_for_status()
    except Exception as exc:
        return f"cannot reach the Prefect API at {api_url} ({type(exc).__name__})"
    return None


def threads_of_current_cluster() -> int:
    """Worker threads of the Dask cluster the current flow run's task runner uses."""
    from prefect.context import FlowRunContext

    context = FlowRunContext.get()
    client = getattr(context.task_runner, "client", None) if context else None
    return sum(client.nthreads().values()) if client is not None else 1


def _host_of(address: str) -> str | None:
    return urlparse(address if "://" in address else f"tcp://{address}").hostname


def _is_loopback(host: str | None) -> bool:
    if not host:
        return False
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        try:
            return ipaddress.ip_address(socket.gethostbyname(host)).is_loopback
        except OSError:
            return False
