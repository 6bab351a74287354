import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** The region's name, used in the message ("The timeline could not be shown"). */
  name: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
  attempt: number;
}

/** Keeps a failure inside one panel: it shows what went wrong and a retry, and the other panels keep working. */
export class RegionBoundary extends Component<Props, State> {
  state: State = { error: null, attempt: 0 };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.warn(`[envoy] ${this.props.name} failed:`, error, info.componentStack);
  }

  render() {
    if (this.state.error) {
      return (
        <div role="alert" className="region-error">
          <p>
            <strong>The {this.props.name.toLowerCase()} panel ran into a problem.</strong> The other panels still work.
          </p>
          <p className="region-error__detail">{this.state.error.message}</p>
          <button type="button" onClick={() => this.setState((s) => ({ error: null, attempt: s.attempt + 1 }))}>
            Retry
          </button>
        </div>
      );
    }
    return (
      <div key={this.state.attempt} className="region-body">
        {this.props.children}
      </div>
    );
  }
}
